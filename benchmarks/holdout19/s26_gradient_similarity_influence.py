# expect: crash
"""Which training sequences influenced a test prediction? Cosine similarity of per-example loss gradients."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(20, 6)
        self.lstm = nn.LSTM(6, 8, batch_first=True)
        self.fc = nn.Linear(8, 2)

    def forward(self, t):
        return self.fc(self.lstm(self.emb(t))[0][:, -1])


def grad_vector(model, tokens, label, params):
    loss = F.cross_entropy(model(tokens[None]), label[None])
    grads = torch.autograd.grad(loss, params)  # TM001-here
    return torch.cat([g.flatten() for g in grads])


def influence_scores(model, train_x, train_y, test_x, test_y):
    model.eval()
    params = [p for n, p in model.named_parameters() if not n.startswith("emb")]
    g_test = grad_vector(model, test_x, test_y, params)
    scores = []
    for x, y in zip(train_x, train_y):
        scores.append(F.cosine_similarity(grad_vector(model, x, y, params), g_test, dim=0).item())
    return scores


if __name__ == "__main__":
    torch.manual_seed(0)
    model = Net()
    tx, ty = torch.randint(0, 20, (5, 6)), torch.randint(0, 2, (5,))
    s = influence_scores(model, tx, ty, tx[0], ty[0])
    print(sorted(range(len(s)), key=lambda i: -s[i]))
