/*
 * The kit's person segmentation off the page's thread (a classic worker, started by
 * `src/effects/background.ts` from the kit's own effect files): it loads MediaPipe's selfie
 * segmentation with `importScripts`, then turns each frame it is sent (an ImageBitmap,
 * transferred) into a mask (an ImageBitmap, transferred back). The page sends a frame only when
 * the previous mask is back.
 *
 * The solution has a worker path of its own, but it runs its model on WebGL 1 there (it asks its
 * canvas for WebGL 1 first), where the masks come out garbled, and it keeps no reference to its
 * context where its texture uploads need one. So the worker runs the solution's page path, on WebGL
 * 2 as on a page, given the little of a page it touches: `window` (this scope), and a `document`
 * whose `<script>` elements load with `importScripts` and whose canvases are OffscreenCanvases.
 *
 * Messages in:  { type: 'init', files: { [name]: url } } · { type: 'frame', image } · { type: 'close' }
 * Messages out: { type: 'ready', inference: 'gpu' | 'cpu' } · { type: 'mask', mask, ms } ·
 *               { type: 'error', message }
 */
'use strict';

/** @type {{ send(inputs: object): Promise<void>, close(): Promise<void> } | undefined} */
var segmentation;
/** The mask of the frame being segmented (set by the solution's results listener). */
var latest;
/** The effect files by name (absolute URLs, from the page: they follow `setEffectAssetsPath`). */
var files = { urls: {}, origin: '' };
/** Where the worker's policy enforces Trusted Types, the scripts pass through one of its own. */
var scriptPolicy;

function scriptUrl(url) {
  if (scriptPolicy === undefined) {
    scriptPolicy = null;
    try {
      if (self.trustedTypes)
        scriptPolicy = self.trustedTypes.createPolicy('rtk-effects', {
          createScriptURL: function (input) {
            if (new URL(input, self.location.href).origin !== files.origin)
              throw new TypeError('Not an effect file: ' + input);
            return input;
          },
        });
    } catch (_) {
      scriptPolicy = null;
    }
  }
  return scriptPolicy ? scriptPolicy.createScriptURL(url) : url;
}

function locate(name) {
  return files.urls[name] || new URL(name, files.urls['selfie_segmentation.js']).href;
}

function fail(error) {
  self.postMessage({ type: 'error', message: String((error && error.message) || error) });
}

/** A `<script>` of the shimmed document: appended, it is imported, then tells its listeners. */
function scriptElement() {
  var listeners = { load: [], error: [] };
  var attributes = {};
  return {
    setAttribute: function (name, value) {
      attributes[name] = value;
    },
    addEventListener: function (type, listener) {
      if (listeners[type]) listeners[type].push(listener);
    },
    run: function () {
      var outcome = 'load';
      try {
        importScripts(scriptUrl(String(attributes.src)));
      } catch (error) {
        outcome = 'error';
        fail(error);
      }
      setTimeout(function () {
        listeners[outcome].forEach(function (listener) {
          listener({ type: outcome });
        });
      });
    },
  };
}

/** The little of a page the solution's page path (and its WebAssembly runtime) touches. */
function shimPage() {
  var body = {
    appendChild: function (element) {
      if (element && element.run) element.run();
      return element;
    },
  };
  self.window = self;
  self.document = {
    body: body,
    head: body,
    currentScript: null,
    createElement: function (tag) {
      if (String(tag).toLowerCase() === 'canvas') return new OffscreenCanvas(1, 1);
      return scriptElement();
    },
    addEventListener: function () {},
    removeEventListener: function () {},
  };
  self.alert = function (message) {
    fail(message);
  };
}

/** The name of the WebGL renderer (a GPU's, or a software renderer's). */
function renderer(gl) {
  try {
    var info = gl.getExtension('WEBGL_debug_renderer_info');
    return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) || '');
  } catch (_) {
    return '';
  }
}

async function init(urls) {
  files.urls = urls;
  files.origin = new URL(urls['selfie_segmentation.js']).origin;
  if (typeof OffscreenCanvas !== 'function') throw new Error('No OffscreenCanvas in workers');
  var probe = new OffscreenCanvas(1, 1).getContext('webgl2');
  if (!probe) throw new Error('No WebGL 2 in workers');
  var software = /swiftshader|llvmpipe|softpipe|software/i.test(renderer(probe));
  var lose = probe.getExtension('WEBGL_lose_context');
  if (lose) lose.loseContext();
  shimPage();
  importScripts(scriptUrl(locate('selfie_segmentation.js')));
  var seg = new self.SelfieSegmentation({ locateFile: locate });
  // Without a GPU (software WebGL), the model runs faster, and on this worker's thread alone, as
  // WebAssembly than through the software WebGL (which takes every core while it works).
  seg.setOptions({ modelSelection: 1, selfieMode: false, useCpuInference: software });
  seg.onResults(function (results) {
    latest = results.segmentationMask;
  });
  await seg.initialize();
  segmentation = seg;
  return { inference: software ? 'cpu' : 'gpu' };
}

/** A canvas in memory for `inMemory`. */
var plane;

/**
 * The mask as a bitmap in memory. The solution's is its WebGL canvas's picture: drawing that on the
 * page would make the page's thread wait for the GPU (with software WebGL, for the next
 * segmentation under way); read back here instead.
 */
function inMemory(found) {
  var width = found.width;
  var height = found.height;
  if (!plane || plane.width !== width || plane.height !== height)
    plane = new OffscreenCanvas(width, height);
  var g = plane.getContext('2d', { willReadFrequently: true });
  g.globalCompositeOperation = 'copy';
  g.drawImage(found, 0, 0);
  return createImageBitmap(g.getImageData(0, 0, width, height));
}

async function segment(image) {
  var started = performance.now();
  latest = undefined;
  try {
    await segmentation.send({ image: image });
  } finally {
    image.close();
  }
  var found = latest;
  latest = undefined;
  if (!found) throw new Error('No mask');
  var mask = await inMemory(found);
  if (found.close) found.close();
  self.postMessage({ type: 'mask', mask: mask, ms: performance.now() - started }, [mask]);
}

self.onmessage = function (event) {
  var data = event.data || {};
  if (data.type === 'init')
    init(data.files).then(function (how) {
      self.postMessage({ type: 'ready', inference: how.inference });
    }, fail);
  else if (data.type === 'frame') {
    if (!segmentation) {
      if (data.image) data.image.close();
      fail('Not ready');
      return;
    }
    segment(data.image).catch(fail);
  } else if (data.type === 'close') {
    var seg = segmentation;
    segmentation = undefined;
    Promise.resolve(seg && seg.close())
      .catch(function () {})
      .then(function () {
        self.close();
      });
  }
};
