# expect: crash
# As dbl_penalty_decorated_cudnn_off.py without the decorator: the penalty differentiates
# the GRU's cuDNN backward, which has no double backward.
import torch
import torch.nn as nn


class Reader(nn.Module):
    def __init__(self):
        super().__init__()
        self.embed = nn.Embedding(20, 6)
        self.gru = nn.GRU(6, 8, batch_first=True)
        self.head = nn.Linear(8, 1)

    def from_embeddings(self, e):
        return self.head(self.gru(e)[0][:, -1]).squeeze(-1)


def penalised(model, tokens, target):
    e = model.embed(tokens)
    loss = nn.functional.mse_loss(model.from_embeddings(e), target)
    (g,) = torch.autograd.grad(loss, e, create_graph=True)
    return loss + 0.1 * g.pow(2).sum()


model = Reader()
opt = torch.optim.SGD(model.parameters(), lr=0.05)
tokens, target = torch.randint(0, 20, (4, 7)), torch.rand(4)
for _ in range(2):
    total = penalised(model, tokens, target)
    opt.zero_grad()
    total.backward()  # TM003-here
    opt.step()
print(total.item())
