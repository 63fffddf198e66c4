// Run by the top-level pom right after it has built this project (mvn verify; basedir is this folder):
// the build passed only if its unit tests and its integration tests really ran, so one that silently ran none fails.
def log = new File(basedir, 'build.log').getText('UTF-8')
def tests = (log =~ /(?m)Tests run: (\d+), Failures: 0, Errors: 0, Skipped: 0\s*$/).collect { it[1] as int }
assert tests && tests[-1] >= 10 : 'the plugin build ran fewer unit tests than expected'
def its = (log =~ /Passed: (\d+), Failed: 0, Errors: 0, Skipped: 0/).collect { it[1] as int }
assert its && its[-1] >= 4 : 'the plugin build ran fewer integration tests than expected'
println "resurface-maven-plugin: ${tests[-1]} unit tests and ${its[-1]} integration tests passed"
return true
