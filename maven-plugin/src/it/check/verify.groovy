// check reports the warning in the CLI's words, passes, and writes no site.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("[WARNING] content/about.md:4:19: warning: link 'index.md' in raw HTML is not checked or rewritten (use Markdown syntax") : 'no warning line'
assert log =~ /\[INFO\] checked 2 pages: 0 errors, 1 warning in \d+ ms/
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'site-output').exists() : 'check wrote a site'
return true
