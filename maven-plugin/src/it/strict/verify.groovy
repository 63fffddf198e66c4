// With resurface.strict the warning is reported as an error and fails the Maven build.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("[ERROR] content/about.md:4:19: error: link 'index.md' in raw HTML is not checked or rewritten") : 'no error line'
assert !log.contains('[WARNING] content/about.md')
assert log.contains('1 error, 0 warnings')
assert log.contains('BUILD FAILURE')
return true
