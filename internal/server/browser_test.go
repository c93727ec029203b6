package server_test

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/bedsidehq/bedside/internal/store/storetest"
)

// chromium returns a browser context, or skips when no Chromium is installed (CI installs it).
func chromium(t *testing.T) context.Context {
	t.Helper()
	path := os.Getenv("BEDSIDE_CHROMIUM")
	if path == "" {
		for _, p := range []string{"chromium", "chromium-browser", "google-chrome"} {
			if found, err := exec.LookPath(p); err == nil {
				path = found
				break
			}
		}
	}
	if path == "" {
		t.Skip("browser test skipped: no Chromium found (apt-get install chromium, or set BEDSIDE_CHROMIUM); CI runs it")
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path), chromedp.Headless, chromedp.NoSandbox, chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("disable-gpu", true), chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true),
		chromedp.Flag("no-first-run", true), chromedp.Flag("disable-quic", true), chromedp.WindowSize(1280, 900),
	}
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	bctx, cancelB := chromedp.NewContext(actx)
	tctx, cancelT := context.WithTimeout(bctx, 60*time.Second)
	t.Cleanup(func() { cancelT(); cancelB(); cancelA() })
	return tctx
}

// TestBrowserFrontDoor signs in through the real login page in Chromium, checks the shell shows
// the user, organization and only their part of the tree, and opens a location's details
// through htmx.
func TestBrowserFrontDoor(t *testing.T) {
	ctx := chromium(t)
	w := newWorld(t, storetest.SQLite(t), nil)
	err := chromedp.Do(ctx,
		chromedp.Navigate(w.srv.URL+"/"),
		chromedp.WaitVisible(chromedp.ID("email")),
		chromedp.SendKeys(chromedp.ID("email"), "approver@alpha.test"),
		chromedp.SendKeys(chromedp.ID("password"), password),
		chromedp.Submit(chromedp.ID("password")),
		chromedp.WaitVisible(chromedp.ID("signed-in-user")),
	)
	if err != nil {
		t.Fatalf("sign in through the browser: %v", err)
	}
	who, err := chromedp.Run(ctx, chromedp.Text(chromedp.ID("signed-in-user")))
	if err != nil || !strings.Contains(who, "approver@alpha.test") {
		t.Fatalf("signed-in user = %q (%v)", who, err)
	}
	tree, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("section.tree")))
	if err != nil || !strings.Contains(tree, "Clinic One") || !strings.Contains(tree, "Clinic Two") || strings.Contains(tree, "South") {
		t.Fatalf("approver on North should see North's clinics and not South: %q (%v)", tree, err)
	}
	// Clicking a location loads its details into the panel without a page load.
	err = chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(fmt.Sprintf(`a[data-node="%d"]`, w.a.sibling.ID))),
		chromedp.WaitVisible(chromedp.CSS(`#detail dl.fields`)),
	)
	if err != nil {
		t.Fatalf("open details: %v", err)
	}
	heading, _ := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("#detail h2")))
	if heading != "Clinic Two" {
		t.Fatalf("detail heading = %q", heading)
	}
	// Basic accessibility: a language, one h1, every form control labelled, landmarks present.
	problems, err := chromedp.Run(ctx, chromedp.Evaluate[string](`(() => {
		const p = [];
		if (!document.documentElement.lang) p.push("no lang");
		if (document.querySelectorAll("h1").length !== 1) p.push("h1 count");
		for (const el of document.querySelectorAll("input:not([type=hidden]), select, textarea"))
			if (!el.labels || el.labels.length === 0) p.push("unlabelled " + el.name);
		if (!document.querySelector("main") || !document.querySelector("nav")) p.push("landmarks");
		return p.join(", ");
	})()`))
	if err != nil || problems != "" {
		t.Fatalf("accessibility problems: %q (%v)", problems, err)
	}
	if dir := os.Getenv("BEDSIDE_SCREENSHOT_DIR"); dir != "" {
		png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		if err == nil {
			os.WriteFile(filepath.Join(dir, "shell.png"), png, 0o644)
		}
	}
	// Signing out returns to the login page.
	err = chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`form[action="/logout"] button`)), chromedp.WaitVisible(chromedp.ID("email")))
	if err != nil {
		t.Fatalf("sign out: %v", err)
	}
}
