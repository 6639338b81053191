# expect: crash
"""Ensemble members built by a factory as `nn.ModuleDict({"rnn": rnn, "head": ...})` of an RNN made just before in
the factory (its class picked from a table by kind), kept in a dict by name. Validation puts every member in eval
mode and the training round that follows never puts them back: the backward runs through RNNs in eval mode."""
import torch
from torch import nn


def make_member(kind):
    rnn = {"gru": nn.GRU, "lstm": nn.LSTM}[kind](3, 8, batch_first=True)
    return nn.ModuleDict({"rnn": rnn, "head": nn.Linear(8, 1)})


def predict(member, x):
    h, _ = member["rnn"](x)
    return member["head"](h[:, -1])


def validate(members, x, y):
    scores = {}
    for name, m in members.items():
        m.eval()
        with torch.no_grad():
            scores[name] = nn.functional.mse_loss(predict(m, x), y).item()
    return scores


def main():
    torch.manual_seed(0)
    members = {"g0": make_member("gru"), "l0": make_member("lstm")}
    print(validate(members, torch.randn(4, 6, 3), torch.randn(4, 1)))
    for name, m in members.items():
        x = torch.randn(4, 6, 3)
        predict(m, x).sum().backward()  # TM001-here


if __name__ == "__main__":
    main()
