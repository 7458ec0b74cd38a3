'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { decodeCheckInFrame } from '@/lib/checkin/scan';

type Problem = 'denied' | 'noCamera' | 'unsupported' | 'failed';
const SCAN_EVERY_MS = 250;

/*
 * The code form (a plain GET form: ?code=..., so it works without script) plus an optional camera. The
 * camera runs only after the staff member presses the button (browsers ask for permission then, and a desk
 * should not film anyone unasked). Frames are decoded here in the browser with jsqr; a recognised check-in
 * code fills the field and submits the same form a typed code would. Every way the camera can fail ends in
 * a sentence saying so and pointing at the two other ways in.
 */
export function CodeLookup({ defaultCode, errors }: { defaultCode: string; errors?: string[] }) {
  const t = useTranslations('checkin');
  const formRef = useRef<HTMLFormElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const videoRef = useRef<HTMLVideoElement>(null);
  const streamRef = useRef<MediaStream | null>(null);
  const timerRef = useRef<number | null>(null);
  const [scanning, setScanning] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [found, setFound] = useState<string | null>(null);

  const stop = () => {
    if (timerRef.current !== null) window.clearInterval(timerRef.current);
    timerRef.current = null;
    streamRef.current?.getTracks().forEach((track) => track.stop());
    streamRef.current = null;
    setScanning(false);
  };
  useEffect(() => stop, []);

  const start = async () => {
    setProblem(null);
    setFound(null);
    if (!navigator.mediaDevices?.getUserMedia) return setProblem('unsupported');
    try {
      streamRef.current = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
    } catch (error) {
      const name = error instanceof Error ? error.name : '';
      if (name === 'NotAllowedError' || name === 'SecurityError') return setProblem('denied');
      if (name === 'NotFoundError' || name === 'OverconstrainedError') return setProblem('noCamera');
      return setProblem('failed');
    }
    setScanning(true);
    const video = videoRef.current!;
    video.srcObject = streamRef.current;
    await video.play().catch(() => undefined);
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d', { willReadFrequently: true });
    timerRef.current = window.setInterval(() => {
      if (!context || video.readyState < video.HAVE_CURRENT_DATA || video.videoWidth === 0) return;
      canvas.width = video.videoWidth;
      canvas.height = video.videoHeight;
      context.drawImage(video, 0, 0);
      const code = decodeCheckInFrame(context.getImageData(0, 0, canvas.width, canvas.height).data, canvas.width, canvas.height);
      if (!code) return;
      stop();
      setFound(code);
      inputRef.current!.value = code;
      formRef.current!.requestSubmit();
    }, SCAN_EVERY_MS);
  };

  const hasErrors = Boolean(errors && errors.length > 0);
  return (
    <section aria-labelledby="code-heading">
      <h2 id="code-heading">{t('desk.code.heading')}</h2>
      <form ref={formRef} method="get" className="form" noValidate>
        <div className="field">
          <label htmlFor="field-code">{t('desk.code.label')}</label>
          <p id="field-code-hint" className="field-hint">
            {t('desk.code.hint')}
          </p>
          <input
            ref={inputRef}
            id="field-code"
            name="code"
            defaultValue={defaultCode}
            autoComplete="off"
            spellCheck={false}
            autoCapitalize="characters"
            maxLength={40}
            aria-invalid={hasErrors || undefined}
            aria-describedby={hasErrors ? 'field-code-hint field-code-error' : 'field-code-hint'}
          />
          {hasErrors && (
            <p id="field-code-error" className="field-error">
              {errors!.join(' ')}
            </p>
          )}
        </div>
        <div>
          <button type="submit" className="button">
            {t('desk.code.submit')}
          </button>{' '}
          {scanning ? (
            <button type="button" className="button secondary" onClick={stop}>
              {t('desk.scan.stop')}
            </button>
          ) : (
            <button type="button" className="button secondary" onClick={start}>
              {t('desk.scan.start')}
            </button>
          )}
        </div>
      </form>
      <div role="status">
        {scanning && <p>{t('desk.scan.active')}</p>}
        {found && <p>{t('desk.scan.found', { code: found })}</p>}
      </div>
      {problem && (
        <p role="alert" className="alert">
          {t(`desk.scan.${problem}`)}
        </p>
      )}
      <video ref={videoRef} hidden={!scanning} muted playsInline aria-label={t('desk.scan.video')} style={{ maxWidth: '100%', width: 360 }} />
    </section>
  );
}
