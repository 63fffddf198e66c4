// The site was built at package, into <output>, with <baseUrl>, and nothing was written into the site folder.
def www = new File(basedir, 'target/www')
def home = new File(www, 'index.html')
def guide = new File(www, 'guides/sun/index.html')
assert home.isFile() : "no ${home}"
assert guide.isFile() : "no ${guide}"
def homeHtml = home.getText('UTF-8')
assert homeHtml.contains('<link rel="canonical" href="https://preview.example.org/health/">') : 'the base URL override is not the canonical URL'
assert homeHtml.contains('<a href="/health/guides/sun/">the sun guide</a>') : 'the Markdown link was not rewritten to the page URL under the base path'
def guideHtml = guide.getText('UTF-8')
assert guideHtml.contains('<h1>Sun care after treatment</h1>')
assert guideHtml.contains('href="/health/"') : 'the link back home was not rewritten'
def sitemap = new File(www, 'sitemap.xml').getText('UTF-8')
assert sitemap.contains('<loc>https://preview.example.org/health/guides/sun/</loc>')
assert !sitemap.contains('https://example.org/') : 'the sitemap still uses the baseUrl of site.yml'
assert !new File(basedir, 'site/site-output').exists() : 'wrote into the site folder'
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /\[INFO\] built 3 pages, \d+ other files, 0 warnings in \d+ ms into .*target.www/
assert log.contains('BUILD SUCCESS')
return true
