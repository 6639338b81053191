# expect: crash
# category: dynamic
"""Human-activity recognition from accelerometer windows; the architecture comes from a config string."""
import json

import torch
import torch.nn.functional as F

from models import build_model

CONFIG = json.loads("""
{"arch": "bigru", "kwargs": {"hidden": 12, "layers": 2}, "lr": 0.003, "epochs": 2, "batch_size": 8}
""")

torch.manual_seed(4)
X = torch.randn(32, 20, 6)
Y = torch.randint(0, 4, (32,))


def count_parameters(module):
    return sum(p.numel() for p in module.parameters() if p.requires_grad)


net = build_model(CONFIG)
print(f"{CONFIG['arch']}: {count_parameters(net)} parameters")

# quick shape / NaN check before spending time on training
net.eval()
with torch.no_grad():
    probe = net(X[:2])
assert probe.shape == (2, 4) and torch.isfinite(probe).all(), probe

opt = torch.optim.Adam(net.parameters(), lr=CONFIG["lr"])
for epoch in range(CONFIG["epochs"]):
    perm = torch.randperm(len(X))
    for i in range(0, len(X), CONFIG["batch_size"]):
        idx = perm[i:i + CONFIG["batch_size"]]
        loss = F.cross_entropy(net(X[idx]), Y[idx])
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    print(f"epoch {epoch}: loss {loss.item():.4f}")
