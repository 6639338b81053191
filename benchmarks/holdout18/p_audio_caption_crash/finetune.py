# expect: crash
"""Audio captioning: fine-tune the caption decoder with the pretrained audio encoder partly frozen."""
import torch
import torch.nn.functional as F

from audiocap import Captioner, freeze

torch.manual_seed(60)
model = Captioner()
freeze(model, "encoder.rnn")
opt = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr=1e-3)
mel, caps = torch.randn(2, 8, 10), torch.randint(0, 15, (2, 6))
for step in range(2):
    opt.zero_grad()
    loss = F.cross_entropy(model(mel, caps).transpose(1, 2), caps[:, 1:])
    loss.backward()  # TM001-here
    opt.step()
print("loss", loss.item())
