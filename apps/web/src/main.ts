// The browser app: the only place that wires store + editor + ui. (Filled in by the foundation.)
document.body.textContent = 'Apparatus';
