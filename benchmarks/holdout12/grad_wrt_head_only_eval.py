# expect: clean
"""Last-layer influence scores (TracIn-style, last layer only) for an eval-mode BiLSTM tagger: autograd.grad is taken
with respect to the output layer's weight alone, so the engine never runs the LSTM's backward."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class Tagger(nn.Module):
    def __init__(self, vocab=25, dim=10, n_tags=4):
        super().__init__()
        self.emb = nn.Embedding(vocab, dim)
        self.bilstm = nn.LSTM(dim, dim, batch_first=True, bidirectional=True)
        self.hidden2tag = nn.Linear(2 * dim, n_tags)

    def forward(self, ids):
        return self.hidden2tag(self.bilstm(self.emb(ids))[0])


def last_layer_grad(model, ids, tags):
    logits = model(ids)
    loss = F.cross_entropy(logits.reshape(-1, logits.size(-1)), tags.reshape(-1))
    (g,) = torch.autograd.grad(loss, [model.hidden2tag.weight])
    return g.flatten()


if __name__ == "__main__":
    torch.manual_seed(0)
    model = Tagger()
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    train = [(torch.randint(0, 25, (1, 6)), torch.randint(0, 4, (1, 6))) for _ in range(4)]
    for ids, tags in train:
        loss = F.cross_entropy(model(ids).squeeze(0), tags.squeeze(0))
        opt.zero_grad(); loss.backward(); opt.step()
    model.eval()
    test_ids, test_tags = torch.randint(0, 25, (1, 6)), torch.randint(0, 4, (1, 6))
    g_test = last_layer_grad(model, test_ids, test_tags)
    scores = [float(g_test @ last_layer_grad(model, ids, tags)) for ids, tags in train]
    print("influence", scores)
