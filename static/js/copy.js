// The subscribe page's copy buttons. The feed addresses are text on the
// page, readable and selectable without this script; it only shows the
// buttons, when the browser can copy, and says in Bengali that it did.
// The page writes each address once, with its Bengali letters as they
// read; the copy is percent-encoded, as every feed reader accepts it.

const status = document.getElementById("copy-status");

if (navigator.clipboard && window.isSecureContext) {
  for (const button of document.querySelectorAll(".feed-list button.copy")) {
    const address = button.parentElement.querySelector(".feed-url").textContent;
    button.hidden = false;
    button.addEventListener("click", async () => {
      try {
        await navigator.clipboard.writeText(new URL(address).href);
        status.textContent = "ঠিকানা কপি হয়েছে: এবার ফিড রিডারে পেস্ট করুন।";
      } catch {
        status.textContent = "কপি করা গেল না: ঠিকানাটি বেছে নিয়ে নিজে কপি করুন।";
      }
    });
  }
}
