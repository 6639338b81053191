# expect: clean
"""Self-training with a confidence threshold for ATC readback classification: the model labels its own pool."""
import torch
import torch.nn as nn

torch.manual_seed(18)


class Readback(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(30, 6)
        self.lstm = nn.LSTM(6, 10, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.fc = nn.Linear(10, 3)

    def forward(self, tok):
        return self.fc(self.drop(self.lstm(self.emb(tok))[0][:, -1]))


@torch.no_grad()
def pseudo_label(model, pool, threshold):
    was = model.training
    model.eval()
    probs = model(pool).softmax(-1)
    conf, lab = probs.max(-1)
    keep = conf >= threshold
    model.train(was)
    return pool[keep], lab[keep]


def round_of_self_training(model, labelled, pool, opt, threshold=0.0):
    px, py = pseudo_label(model, pool, threshold)
    x = torch.cat([labelled[0], px])
    y = torch.cat([labelled[1], py])
    loss = nn.functional.cross_entropy(model(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    return loss.item(), len(px)


if __name__ == "__main__":
    m = Readback()
    opt = torch.optim.Adam(m.parameters(), 1e-3)
    lab = (torch.randint(0, 30, (4, 7)), torch.randint(0, 3, (4,)))
    pool = torch.randint(0, 30, (8, 7))
    for r in range(2):
        print("round", r, round_of_self_training(m, lab, pool, opt))
