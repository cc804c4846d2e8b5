/*
 * The kit's person segmentation off the page's thread (a classic worker, started by
 * `src/effects/background.ts` from the kit's own effect files): it loads MediaPipe's selfie
 * segmentation with `importScripts` (the solution's own worker path: WebAssembly, WebGL 2 on an
 * OffscreenCanvas), then turns each frame it is sent (an ImageBitmap, transferred) into a mask (an
 * ImageBitmap, transferred back). The page sends a frame only when the previous mask is back.
 *
 * Messages in:  { type: 'init', files: { [name]: url } } · { type: 'frame', image } · { type: 'close' }
 * Messages out: { type: 'ready' } · { type: 'mask', mask, ms } · { type: 'error', message }
 */
'use strict';

/** @type {{ send(inputs: object): Promise<void>, close(): Promise<void> } | undefined} */
var segmentation;
/** The mask of the frame being segmented (set by the solution's results listener). */
var latest;
/** The solution's URLs pass through a Trusted Types policy where the worker's policy asks for one. */
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

/** The effect files by name (absolute URLs, from the page: they follow `setEffectAssetsPath`). */
var files = { urls: {}, origin: '' };

function locate(name) {
  return files.urls[name] || new URL(name, files.urls['selfie_segmentation.js']).href;
}

function fail(error) {
  self.postMessage({ type: 'error', message: String((error && error.message) || error) });
}

function findCanvas(object) {
  // The solution keeps its OffscreenCanvas in one of its (minified) fields.
  for (var key in object) {
    var value = object[key];
    if (typeof OffscreenCanvas === 'function' && value instanceof OffscreenCanvas) return value;
  }
  return undefined;
}

async function init(urls) {
  files.urls = urls;
  files.origin = new URL(urls['selfie_segmentation.js']).origin;
  if (typeof OffscreenCanvas !== 'function') throw new Error('No OffscreenCanvas in workers');
  var probe = new OffscreenCanvas(1, 1).getContext('webgl2');
  if (!probe) throw new Error('No WebGL 2 in workers');
  var lose = probe.getExtension('WEBGL_lose_context');
  if (lose) lose.loseContext();
  importScripts(scriptUrl(locate('selfie_segmentation.js')));
  // Its worker path imports every file it loads, the model too (the page path fetches that one
  // separately, as this worker does when the model is chosen): only scripts are imported.
  var load = self.importScripts;
  self.importScripts = function () {
    var scripts = Array.prototype.filter.call(arguments, function (url) {
      return /\.js$/.test(new URL(String(url), self.location.href).pathname);
    });
    return load.apply(self, scripts);
  };
  // The solution's worker path hands the global `Module` to the WebAssembly runtime it imports.
  self.Module = { locateFile: locate };
  var seg = new self.SelfieSegmentation({
    locateFile: function (name) {
      return name.endsWith('.js') ? scriptUrl(locate(name)) : locate(name);
    },
  });
  seg.setOptions({ modelSelection: 1, selfieMode: false });
  seg.onResults(function (results) {
    latest = results.segmentationMask;
  });
  await seg.initialize();
  // Its worker path makes the WebGL context on an OffscreenCanvas but keeps no reference to the
  // context where its texture uploads read it (the page path keeps it): given here.
  var inner = seg.h;
  var canvas = inner && findCanvas(inner);
  if (!canvas) throw new Error('The segmentation has no canvas in this worker');
  if (inner.K === undefined) {
    var gl = canvas.getContext('webgl2') || canvas.getContext('webgl');
    if (!gl) throw new Error('The segmentation has no WebGL context in this worker');
    inner.K = gl;
  }
  segmentation = seg;
}

/** A canvas for `toAlpha`. */
var plane;

/**
 * The worker path's mask is opaque, with the person's confidence in red (its WebGL canvas has no
 * alpha); the page draws masks as alpha (as the page path gives them): red moved to alpha.
 */
function toAlpha(found) {
  var width = found.width;
  var height = found.height;
  if (!plane || plane.width !== width || plane.height !== height)
    plane = new OffscreenCanvas(width, height);
  var g = plane.getContext('2d', { willReadFrequently: true });
  g.globalCompositeOperation = 'copy';
  g.drawImage(found, 0, 0);
  var pixels = g.getImageData(0, 0, width, height);
  var data = pixels.data;
  for (var i = 0; i < data.length; i += 4) {
    data[i + 3] = data[i];
    data[i + 1] = data[i + 2] = 0;
  }
  g.putImageData(pixels, 0, 0);
  return plane.transferToImageBitmap();
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
  var mask = toAlpha(found);
  if (found.close) found.close();
  self.postMessage({ type: 'mask', mask: mask, ms: performance.now() - started }, [mask]);
}

self.onmessage = function (event) {
  var data = event.data || {};
  if (data.type === 'init')
    init(data.files).then(
      function () {
        self.postMessage({ type: 'ready' });
      },
      fail,
    );
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
