/**
 * jsdom as the browser, plus Node's Fetch API classes, which jsdom lacks: react-router's data
 * routers (the app's, and the tests' memory routers) build a `Request` for every navigation.
 * `fetch` itself stays out, so no test can reach the network; Apollo answers from its mocks.
 */
const { TestEnvironment } = require('jest-environment-jsdom');

class JsdomEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    // This file runs in Node's realm, so these are Node's own classes.
    Object.assign(this.global, { Request, Response, Headers });
  }
}

module.exports = JsdomEnvironment;
