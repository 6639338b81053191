# expect: crash
# Two-stage pipeline in one file: stage 1 trains, "publishes" the whole model object with torch.save after an
# eval-mode check; stage 2 torch.load()s that object and fine-tunes on new data. The mode travels with the object.
import io
import torch
import torch.nn as nn


class ChurnModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.events = nn.GRU(4, 16, batch_first=True)
        self.mlp = nn.Sequential(nn.Linear(16, 8), nn.ReLU(), nn.Linear(8, 1))

    def forward(self, seq):
        return self.mlp(self.events(seq)[1][-1]).squeeze(-1)


def stage1(buf):
    m = ChurnModel()
    opt = torch.optim.Adam(m.parameters(), 1e-2)
    x, y = torch.randn(8, 6, 4), torch.randint(0, 2, (8,)).float()
    for _ in range(3):
        l = nn.functional.binary_cross_entropy_with_logits(m(x), y)
        opt.zero_grad(); l.backward(); opt.step()
    m.eval()
    with torch.no_grad():
        print("holdout auc proxy", torch.sigmoid(m(x)).mean().item())
    torch.save(m, buf)


def stage2(buf):
    buf.seek(0)
    m = torch.load(buf, weights_only=False)
    opt = torch.optim.Adam(m.mlp.parameters(), 1e-3)
    opt.add_param_group({"params": m.events.parameters(), "lr": 1e-4})
    x, y = torch.randn(8, 6, 4), torch.randint(0, 2, (8,)).float()
    for _ in range(2):
        l = nn.functional.binary_cross_entropy_with_logits(m(x), y)
        opt.zero_grad()
        l.backward()  # TM001-here
        opt.step()
    return m


torch.manual_seed(0)
blob = io.BytesIO()
stage1(blob)
stage2(blob)
print("done")
