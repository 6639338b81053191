# expect: clean
"""Pipeline leak detection; after-step plugins discovered with pkgutil.iter_modules.

The alarm-rate plugin restores the mode it found.
"""
import torch
import torch.nn.functional as F

from leak import LeakDetector, load_plugins

torch.manual_seed(23)
plugins = load_plugins()
model = LeakDetector()
opt = torch.optim.Adam(model.parameters(), lr=5e-3)
probe = torch.randn(4, 16, 4)
model.train()
for step in range(3):
    x, y = torch.randn(4, 16, 4), torch.rand(4).round()
    loss = F.binary_cross_entropy_with_logits(model(x), y)
    opt.zero_grad()
    loss.backward()
    for name, hook in plugins.items():
        hook(model, probe=probe)
    opt.step()
