# expect: crash
"""netmender: predict knot tension along a mended trawl net from a string of knot ids.

A pretrained GRU reader is frozen and kept in eval mode so its dropout stays off;
only a new token embedding and a regression head are tuned.
"""
import torch
import torch.nn as nn

torch.manual_seed(1)
N_KNOTS, EMB, HID = 20, 8, 12


class KnotReader(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(EMB, HID, num_layers=2, dropout=0.1, batch_first=True)

    def forward(self, e):
        out, _ = self.gru(e)
        return out.mean(1)


def freeze(module):
    for p in module.parameters():
        p.requires_grad_(False)
    return module.eval()


reader = freeze(KnotReader())
embed = nn.Embedding(N_KNOTS, EMB)   # re-initialised vocabulary for the new net type
head = nn.Linear(HID, 1)
opt = torch.optim.SGD(list(embed.parameters()) + list(head.parameters()), lr=0.05)

for step in range(5):
    knots = torch.randint(0, N_KNOTS, (4, 9))
    tension = torch.rand(4, 1)
    pred = head(reader(embed(knots)))
    loss = nn.functional.mse_loss(pred, tension)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    print(step, round(loss.item(), 4))
