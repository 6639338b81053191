# expect: crash
"""Bird-song grader: the GRU comes from a larger pretrained model and is frozen in the constructor by walking its
children by name; its own train() keeps the GRU in eval mode. The embedding trains too, so the gradient runs back
through the GRU's eval-mode forward."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class SongGrader(nn.Module):
    def __init__(self):
        super().__init__()
        self.embed = nn.Embedding(16, 6)
        self.gru = nn.GRU(6, 10, batch_first=True)
        self.head = nn.Linear(10, 3)
        for name, child in self.named_children():
            if name == "gru":
                child.requires_grad_(False)

    def train(self, mode=True):
        super().train(mode)
        self.gru.eval()
        return self

    def forward(self, tokens):
        return self.head(self.gru(self.embed(tokens))[0][:, -1])


torch.manual_seed(0)
model = SongGrader()
opt = torch.optim.SGD([p for p in model.parameters() if p.requires_grad], lr=0.1)
model.train()
for _ in range(2):
    loss = F.cross_entropy(model(torch.randint(0, 16, (4, 7))), torch.randint(0, 3, (4,)))
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
print(loss.item())
