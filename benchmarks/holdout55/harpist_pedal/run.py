# expect: crash
import torch

from pedals import MODELS

torch.manual_seed(8)
cls = MODELS["pedal_gru"]
state = cls().state_dict()
model = cls.from_pretrained(state)
x = torch.randn(3, 5, 7)
target = torch.randint(0, 7, (3, 5))
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
for step in range(3):
    logits = model(x)
    loss = torch.nn.functional.cross_entropy(logits.reshape(-1, 7), target.reshape(-1))
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    print(step, loss.item())
