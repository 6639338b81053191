;;; Emacs + eglot (Debian 28.2 + eglot 1.9), batch: open the file, wait for TM001, apply the
;;; preferred fix, save.  Judged by the exit code and the saved file.
(package-initialize)
(require 'eglot)
(require 'python)
(require 'json)

(defun tm-fail (text)
  (princ (format "FAIL: %s\n" text))
  (let ((server (ignore-errors (eglot-current-server))))  ; the protocol log helps when this fails
    (when server
      (with-current-buffer (jsonrpc-events-buffer server)
        (princ (buffer-substring-no-properties (max (point-min) (- (point-max) 6000)) (point-max))))))
  (kill-emacs 1))
(defun tm-wait (predicate seconds)
  (let ((deadline (+ (float-time) seconds)))
    (while (and (not (funcall predicate)) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    (funcall predicate)))

(let* ((file (getenv "TM_FILE"))
       (root (file-name-as-directory (getenv "TM_ROOT")))
       (command (append (json-parse-string (getenv "TM_CMD") :array-type 'list) nil)))
  (find-file file)
  (python-mode)
  ;; The project must be the one eglot finds for the buffer (the folder holds a .git), or eglot
  ;; connects but does not manage the buffer.
  (eglot '(python-mode) (or (project-current nil root) (cons 'transient root)) 'eglot-lsp-server command "python")
  ;; Batch Emacs runs no command loop, so flymake's deferred start never fires: start it here.
  (flymake-start)
  (unless (tm-wait (lambda () (flymake-diagnostics)) 60)
    (tm-fail "no diagnostics within 60 s"))
  (let* ((diagnostic (car (flymake-diagnostics)))
         (beg (flymake-diagnostic-beg diagnostic))
         (end (flymake-diagnostic-end diagnostic)))
    (princ (format "DIAGNOSTIC line=%d %s\n" (line-number-at-pos beg) (flymake-diagnostic-text diagnostic)))
    (let* ((actions (eglot-code-actions beg end))
           (preferred (seq-find (lambda (a) (eq (plist-get a :isPreferred) t)) actions)))
      (dolist (a actions) (princ (format "ACTION %s\n" (plist-get a :title))))
      (unless preferred (tm-fail "no preferred code action"))
      (eglot--apply-workspace-edit (plist-get preferred :edit))
      (save-buffer)
      (unless (tm-wait (lambda () (null (flymake-diagnostics))) 30)
        (tm-fail "the diagnostic stayed after the fix"))
      (princ "FIXED\n")
      (ignore-errors (eglot-shutdown (eglot-current-server)))
      (kill-emacs 0))))
