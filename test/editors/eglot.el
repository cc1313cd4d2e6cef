;;; eglot.el --- drive Emacs's eglot against proposal-lint's language server, in batch  -*- lexical-binding: t -*-
;;
;;   emacs --batch -Q -l test/editors/eglot.el
;;
;; Environment: PL_INIT (the README's eglot set-up, loaded as it is), PL_FILES (proposals,
;; one a line), PL_FIX (the rule whose first quick fix is applied), PL_OUT (a JSON report).
;; For each file: visit it (markdown-mode), start eglot as the set-up says, wait for the
;; diagnostics, read where eglot puts them in the buffer (its own UTF-16 conversion), ask
;; for the code actions on the PL_FIX diagnostic, apply the first one's WorkspaceEdit with
;; eglot's own code and save the file. test/slow/editors.test.ts checks the report and files.
(require 'package)
;; Debian's elpa-* packages (emacs -Q skips the site start-up that adds them).
(add-to-list 'package-directory-list "/usr/share/emacs/site-lisp/elpa")
(package-initialize)
(require 'cl-lib)
(require 'json)
(require 'markdown-mode)
(require 'eglot)
(load (getenv "PL_INIT") nil t)
(setq eglot-sync-connect 30 eglot-connect-timeout 30 make-backup-files nil)

(defvar pl-published nil "The diagnostics the server published, by URI (raw plists).")
(cl-defmethod eglot-handle-notification :before
  (_server (_method (eql textDocument/publishDiagnostics)) &key uri diagnostics &allow-other-keys)
  (push (cons uri diagnostics) pl-published))

(defun pl-finish (report code)
  (with-temp-file (getenv "PL_OUT") (insert (json-encode report)))
  (kill-emacs code))

(defun pl-run ()
  (let ((files '()))
    (dolist (path (split-string (getenv "PL_FILES") "\n" t))
      (find-file path)
      (hack-local-variables)
      ;; As eglot-ensure would on a command loop (batch has none): one server for the project.
      (unless (eglot-current-server) (apply #'eglot (eglot--guess-contact)))
      (let* ((server (eglot-current-server))
             (uri (eglot--path-to-uri buffer-file-name))
             (deadline (+ (float-time) 20)))
        (while (and (not (assoc uri pl-published)) (< (float-time) deadline))
          (accept-process-output nil 0.05))
        (unless (assoc uri pl-published) (error "no diagnostics for %s" path))
        (let* ((raw (cdr (assoc uri pl-published)))
               (diagnostics
                (cl-loop for d across raw
                         collect (pcase-let ((`(,beg . ,end) (eglot--range-region (plist-get d :range))))
                                   `((code . ,(plist-get d :code))
                                     (line . ,(1- (line-number-at-pos beg)))
                                     (char . ,(save-excursion (goto-char beg) (- beg (line-beginning-position))))
                                     (end_line . ,(1- (line-number-at-pos end)))
                                     (end_char . ,(save-excursion (goto-char end) (- end (line-beginning-position))))
                                     (message . ,(plist-get d :message))))))
               (target (cl-find-if (lambda (d) (equal (plist-get d :code) (getenv "PL_FIX"))) raw))
               (actions (jsonrpc-request server :textDocument/codeAction
                                         (list :textDocument (eglot--TextDocumentIdentifier)
                                               :range (plist-get target :range)
                                               :context (list :diagnostics (vector target)))))
               (first (aref actions 0)))
          (eglot--apply-workspace-edit (plist-get first :edit))
          (save-buffer)
          (push `((path . ,path)
                  (mode . ,(symbol-name major-mode))
                  (diagnostics . ,(vconcat diagnostics))
                  (actions . ,(vconcat (cl-loop for a across actions
                                                collect `((title . ,(plist-get a :title)) (command . ,(if (plist-get a :command) t :json-false)))))))
                files))))
    (pl-finish `((files . ,(vconcat (nreverse files)))) 0)))

(condition-case err
    (pl-run)
  (error (pl-finish `((error . ,(error-message-string err))) 3)))
