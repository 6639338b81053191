# expect: clean
"""Child-Sum Tree-LSTM (Tai et al. 2015) for sentiment over a dependency tree.
The tree cell is built from nn.Linear gates (no cuDNN RNN); the sentence
encoder is an nn.LSTMCell. Evaluation mode is set before computing input
saliency, which is fine because no cuDNN RNN kernel is involved.
"""
import torch
import torch.nn as nn


class ChildSumTreeLSTM(nn.Module):
    def __init__(self, in_dim, mem_dim):
        super().__init__()
        self.mem_dim = mem_dim
        self.ioux = nn.Linear(in_dim, 3 * mem_dim)
        self.iouh = nn.Linear(mem_dim, 3 * mem_dim)
        self.fx = nn.Linear(in_dim, mem_dim)
        self.fh = nn.Linear(mem_dim, mem_dim)

    def node_forward(self, inputs, child_c, child_h):
        child_h_sum = torch.sum(child_h, dim=0, keepdim=True)
        iou = self.ioux(inputs) + self.iouh(child_h_sum)
        i, o, u = torch.split(iou, self.mem_dim, dim=1)
        i, o, u = torch.sigmoid(i), torch.sigmoid(o), torch.tanh(u)
        f = torch.sigmoid(self.fh(child_h) + self.fx(inputs).repeat(len(child_h), 1))
        c = i * u + torch.sum(f * child_c, dim=0, keepdim=True)
        return c, o * torch.tanh(c)

    def forward(self, tree, inputs):
        states = [self.forward(child, inputs) for child in tree["children"]]
        if not states:
            child_c = inputs[0].new_zeros(1, self.mem_dim)
            child_h = inputs[0].new_zeros(1, self.mem_dim)
        else:
            child_c = torch.cat([s[0] for s in states], 0)
            child_h = torch.cat([s[1] for s in states], 0)
        return self.node_forward(inputs[tree["idx"]].unsqueeze(0), child_c, child_h)


class SentimentModel(nn.Module):
    def __init__(self, vocab=20, dim=8, mem=10):
        super().__init__()
        self.emb = nn.Embedding(vocab, dim)
        self.context = nn.LSTMCell(dim, dim)
        self.tree = ChildSumTreeLSTM(dim, mem)
        self.out = nn.Linear(mem, 3)

    def forward(self, tree, embedded):
        h = c = embedded.new_zeros(1, embedded.size(1))
        ctx = []
        for t in range(embedded.size(0)):
            h, c = self.context(embedded[t:t + 1], (h, c))
            ctx.append(h[0])
        _, root_h = self.tree(tree, torch.stack(ctx))
        return self.out(root_h)


torch.manual_seed(0)
tree = {"idx": 2, "children": [{"idx": 0, "children": []}, {"idx": 1, "children": []},
                               {"idx": 4, "children": [{"idx": 3, "children": []}]}]}
tokens = torch.tensor([3, 7, 1, 9, 4])
model = SentimentModel()
opt = torch.optim.Adagrad(model.parameters(), lr=0.05)
for _ in range(3):
    opt.zero_grad()
    loss = nn.functional.cross_entropy(model(tree, model.emb(tokens)), torch.tensor([2]))
    loss.backward()
    opt.step()

model.eval()
embedded = model.emb(tokens).detach().requires_grad_(True)
score = model(tree, embedded)[0, 2]
score.backward()
print("token saliency:", embedded.grad.norm(dim=1))
