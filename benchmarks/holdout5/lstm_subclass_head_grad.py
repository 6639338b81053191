# expect: clean
# category: near_miss
"""Layer-wise learning-rate probing: with the whole tagger in eval mode, the gradient norm of the
output layer's weight is measured with torch.autograd.grad (nothing below the head is
differentiated). The encoder is an nn.LSTM subclass with a variational-dropout-like input mask."""
import torch
import torch.nn as nn

torch.manual_seed(40)


class LockedDropoutLSTM(nn.LSTM):
    def __init__(self, *args, input_dropout=0.2, **kwargs):
        super().__init__(*args, **kwargs)
        self.input_dropout = input_dropout

    def forward(self, x, hx=None):
        if self.training and self.input_dropout:
            mask = x.new_empty(x.size(0), 1, x.size(2)).bernoulli_(1 - self.input_dropout) / (1 - self.input_dropout)
            x = x * mask
        return super().forward(x, hx)


class ChunkTagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(40, 8)
        self.enc = LockedDropoutLSTM(8, 12, num_layers=2, batch_first=True, bidirectional=True)
        self.proj = nn.Linear(24, 12)
        self.tag = nn.Linear(12, 7)

    def forward(self, ids):
        return self.tag(torch.relu(self.proj(self.enc(self.emb(ids))[0])))


tagger = ChunkTagger()
opt = torch.optim.SGD(tagger.parameters(), lr=0.1)
for _ in range(2):
    tagger.train()
    x, y = torch.randint(0, 40, (4, 9)), torch.randint(0, 7, (4, 9))
    loss = nn.functional.cross_entropy(tagger(x).flatten(0, 1), y.flatten())
    opt.zero_grad()
    loss.backward()
    opt.step()

tagger.eval()
probe_x, probe_y = torch.randint(0, 40, (8, 9)), torch.randint(0, 7, (8, 9))
probe_loss = nn.functional.cross_entropy(tagger(probe_x).flatten(0, 1), probe_y.flatten())
head_grads = torch.autograd.grad(probe_loss, [tagger.tag.weight, tagger.tag.bias])
print("head grad norms:", [round(g.norm().item(), 4) for g in head_grads])
