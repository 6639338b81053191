# expect: crash
import torch
from torch import nn

from stitches.setup import *  # noqa: F401,F403
from stitches.serve import *  # noqa: F401,F403

torch.manual_seed(4)
rows = torch.randint(0, 6, (5, 11))
defect = torch.randint(0, 2, (5,)).float()

model = prepare(PatternNet())  # noqa: F405
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
for epoch in range(3):
    loss = nn.functional.binary_cross_entropy_with_logits(model(rows), defect)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
print("defect probs", score_rows(model, rows[:2]).tolist())  # noqa: F405
