# expect: crash
"""Traffic flow forecasting with an input-gradient smoothness penalty (double backward)."""
import torch
import torch.nn as nn

torch.manual_seed(13)
ROADS, HID, HIST = 4, 12, 8


class FlowGRU(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(ROADS, HID, batch_first=True)
        self.out = nn.Linear(HID, ROADS)

    def forward(self, flow):
        h, _ = self.gru(flow)
        return self.out(h[:, -1])


def batch(b=4):
    s = torch.rand(b, HIST + 1, ROADS).cumsum(1) / HIST
    return s[:, :-1], s[:, -1]


def smoothness(model, x, weight=0.1):
    x = x.clone().requires_grad_(True)
    pred = model(x)
    g, = torch.autograd.grad(pred.sum(), x, create_graph=True)
    return weight * g.pow(2).mean(), pred


model = FlowGRU()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
model.train()
for step in range(3):
    x, y = batch()
    pen, pred = smoothness(model, x)
    loss = nn.functional.smooth_l1_loss(pred, y) + pen
    opt.zero_grad()
    loss.backward()  # TM003-here
    opt.step()
    print(step, round(loss.item(), 4))
