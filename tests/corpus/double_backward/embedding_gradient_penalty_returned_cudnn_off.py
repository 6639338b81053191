# expect: clean
"""A gradient-norm penalty on the embeddings a classifier's forward returns beside its logits (robust text
classification), with the forward run under cudnn.flags(enabled=False): the native LSTM kernels
have a double backward."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class Classifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(50, 8)
        self.lstm = nn.LSTM(8, 6, batch_first=True)
        self.out = nn.Linear(6, 2)

    def forward(self, tokens):
        emb = self.emb(tokens)
        return self.out(self.lstm(emb)[0][:, -1]), emb


def train_step(model, opt, tokens, labels):
    model.train()
    with torch.backends.cudnn.flags(enabled=False):
        logits, emb = model(tokens)
    ce = F.cross_entropy(logits, labels)
    (g,) = torch.autograd.grad(ce, emb, create_graph=True)
    loss = ce + 0.1 * g.norm(dim=-1).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
    return loss.item()


torch.manual_seed(0)
model = Classifier()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
tokens, labels = torch.randint(0, 50, (4, 6)), torch.randint(0, 2, (4,))
for step in range(2):
    print(step, train_step(model, opt, tokens, labels))
