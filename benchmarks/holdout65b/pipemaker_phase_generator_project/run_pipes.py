# expect: clean
import collections

import torch
import torch.nn.functional as F

from pipeworks import build, phase_stream

torch.manual_seed(9)


def batches(n):
    out = []
    for _ in range(n):
        x = torch.rand(4, 12, 1)
        out.append((x, 1.0 / (x.squeeze(-1).min(1).values + 0.1)))
    return out


model = build("bowl_gru", hid=8)
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
val = collections.defaultdict(list)

for phase, epoch, (x, y) in phase_stream(model, batches(3), batches(2), epochs=2):
    pred = model(x)
    loss = F.mse_loss(pred, y)
    if phase == "train":
        opt.zero_grad()
        loss.backward()
        opt.step()
    else:
        val[epoch].append(loss.item())

for e, ls in val.items():
    print(e, sum(ls) / len(ls))
