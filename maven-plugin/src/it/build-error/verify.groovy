// The build failed on the broken link, named it compiler style in Maven's log, and kept the previous output.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("[ERROR] content/_index.md:4:6: error: link target 'guide.md' does not exist (a relative target starts from this page's folder") : 'no path:line:col error line with its hint'
assert log.contains("[WARNING] content/about.md:4:19: warning: link 'index.md' in raw HTML is not checked or rewritten") : 'no warning line'
assert log.contains('1 error, 1 warning; nothing was written')
assert log.contains('BUILD FAILURE')
assert !(log =~ /\n\s+at [\w.$]+\(/) : 'a stack trace in the log'
assert new File(basedir, 'site-output/index.html').getText('UTF-8').contains('previous build') : 'the previous output was touched'
assert new File(basedir, 'site-output').list().sort() == ['.resurface-output', 'index.html']
return true
