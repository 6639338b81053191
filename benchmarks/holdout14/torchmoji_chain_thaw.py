# expect: crash
"""DeepMoji/torchMoji chain-thaw: unfreeze one layer at a time (new output layer first, then each layer from the
bottom), evaluate on val after each stage, keep the best weights."""
import copy
import torch
import torch.nn as nn
import torch.nn.functional as F


class AttentionWeightedAverage(nn.Module):
    def __init__(self, dim):
        super().__init__()
        self.attention_vector = nn.Parameter(torch.randn(dim) * 0.05)

    def forward(self, x):
        w = F.softmax(x.matmul(self.attention_vector), dim=1)
        return (x * w.unsqueeze(-1)).sum(1)


class TorchMoji(nn.Module):
    def __init__(self, nb_tokens=40, nb_classes=3):
        super().__init__()
        self.embed = nn.Embedding(nb_tokens, 8)
        self.lstm_0 = nn.LSTM(8, 6, batch_first=True, bidirectional=True)
        self.lstm_1 = nn.LSTM(12, 6, batch_first=True, bidirectional=True)
        self.attention_layer = AttentionWeightedAverage(8 + 24)
        self.output_layer = nn.Linear(8 + 24, nb_classes)

    def forward(self, x):
        e = torch.tanh(self.embed(x))
        h0, _ = self.lstm_0(e)
        h1, _ = self.lstm_1(h0)
        return self.output_layer(self.attention_layer(torch.cat([h1, h0, e], -1)))


def freeze_layers(model, unfrozen_keyword):
    for name, p in model.named_parameters():
        p.requires_grad = name.startswith(unfrozen_keyword)


def evaluate_using_acc(model, X, y):
    model.eval()
    with torch.no_grad():
        return (model(X).argmax(-1) == y).float().mean().item()


def train_by_chain_thaw(model, X, y, Xv, yv, layers, epochs=2):
    best_acc, best_state = -1.0, None
    opt_fn = lambda: torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr=1e-3)
    for layer in layers:
        freeze_layers(model, layer)
        optimizer = opt_fn()
        for _ in range(epochs):
            optimizer.zero_grad()
            loss = F.cross_entropy(model(X), y)
            loss.backward()  # TM001-here
            optimizer.step()
        acc = evaluate_using_acc(model, Xv, yv)
        if acc > best_acc:
            best_acc, best_state = acc, copy.deepcopy(model.state_dict())
    model.load_state_dict(best_state)
    return best_acc


model = TorchMoji()
X, y = torch.randint(0, 40, (6, 7)), torch.randint(0, 3, (6,))
model.train()
print(train_by_chain_thaw(model, X, y, X, y, ["output_layer", "embed", "lstm_0", "lstm_1", "attention_layer"]))
