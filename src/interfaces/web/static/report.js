// Citation popovers on the report page: each opens by its [n] and stays on screen (on a phone the CSS
// keeps it as a bottom sheet); with a mouse, hovering a citation opens it too. Escape and a tap outside
// close it natively (popover="auto"). Without this script the popovers still open, as bottom sheets.
/* global document, window, HTMLElement, setTimeout, clearTimeout */
(() => {
  const MARGIN = 8;
  const GAP = 6;
  const phone = window.matchMedia('(max-width: 600px)');

  function invokerOf(popover) {
    return document.querySelector(`[popovertarget="${popover.id}"]`);
  }

  function place(popover) {
    const anchor = invokerOf(popover);
    popover.classList.remove('placed');
    popover.style.top = '';
    popover.style.left = '';
    if (!anchor || phone.matches) return;
    popover.classList.add('placed');
    const a = anchor.getBoundingClientRect();
    const p = popover.getBoundingClientRect();
    const width = document.documentElement.clientWidth;
    const height = window.innerHeight;
    const left = Math.min(Math.max(MARGIN, a.left + a.width / 2 - p.width / 2), width - p.width - MARGIN);
    let top = a.top - p.height - GAP;
    if (top < MARGIN) top = a.bottom + GAP;
    if (top + p.height > height - MARGIN) top = Math.max(MARGIN, height - p.height - MARGIN);
    popover.style.left = `${Math.max(MARGIN, left)}px`;
    popover.style.top = `${top}px`;
  }

  // `toggle` does not bubble: listen in the capture phase for every popover on the page.
  document.addEventListener('toggle', (event) => {
    const target = event.target;
    if (target instanceof HTMLElement && target.classList.contains('quote') && event.newState === 'open') place(target);
  }, true);
  window.addEventListener('resize', () => {
    for (const open of document.querySelectorAll('.quote:popover-open')) place(open);
  });
  window.addEventListener('scroll', () => {
    for (const open of document.querySelectorAll('.quote:popover-open')) place(open);
  }, { passive: true });

  // Hover with a mouse: open after a short pause, close when the pointer has left both the [n] and the popover.
  let timer;
  const schedule = (action, delay) => {
    clearTimeout(timer);
    timer = setTimeout(action, delay);
  };
  for (const button of document.querySelectorAll('button.cite[popovertarget]')) {
    const popover = document.getElementById(button.getAttribute('popovertarget'));
    if (!popover) continue;
    const hide = () => schedule(() => popover.matches(':popover-open') && !popover.matches(':hover') && !button.matches(':hover') && popover.hidePopover(), 250);
    button.addEventListener('pointerenter', (event) => {
      if (event.pointerType === 'mouse') schedule(() => popover.matches(':popover-open') || popover.showPopover(), 120);
    });
    button.addEventListener('pointerleave', (event) => event.pointerType === 'mouse' && hide());
    popover.addEventListener('pointerleave', (event) => event.pointerType === 'mouse' && hide());
    popover.addEventListener('pointerenter', () => clearTimeout(timer));
  }
})();
