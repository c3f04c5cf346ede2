// Runs first in <body> (an external file, so the content security policy needs no inline script):
// marks the page as able to run GOV.UK Frontend's JavaScript.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
