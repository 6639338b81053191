# expect: clean
"""Line OCR with CTC; modes are switched by a coroutine driven with .send()."""
import torch
import torch.nn as nn

from crnn import LineCRNN
from modes import mode_switcher, primed

torch.manual_seed(25)
model = LineCRNN()
modes = primed(mode_switcher(model))
ctc = nn.CTCLoss(blank=0)
opt = torch.optim.Adam(model.parameters(), lr=1e-3)


def batch(b=3, w=16):
    return torch.rand(b, 8, w), torch.randint(1, 12, (b, 5))


for epoch in range(2):
    modes.send("eval")
    with torch.no_grad():
        img, _ = batch()
        greedy = model(img).argmax(-1)
    print("epoch", epoch, "greedy sample", greedy[0, :6].tolist())
    modes.send("train")
    for _ in range(2):
        img, tgt = batch()
        logp = model(img).transpose(0, 1)
        loss = ctc(logp, tgt, torch.full((3,), logp.size(0)), torch.full((3,), 5))
        opt.zero_grad()
        loss.backward()
        opt.step()
print("done")
