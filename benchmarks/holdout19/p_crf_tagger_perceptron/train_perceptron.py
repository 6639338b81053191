# expect: crash
"""Structured-perceptron / max-margin training of a BiLSTM-CRF tagger: score(gold) vs score(Viterbi path)."""
import torch

from tagger import BiLSTMCRF, decode


def margin_step(model, opt, tokens, gold):
    pred, em = decode(model, tokens)
    hamming = (pred != gold).float().sum(1)
    loss = (model.crf.score(em, pred) + hamming - model.crf.score(em, gold)).clamp(min=0).mean()
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    return loss.item()


if __name__ == "__main__":
    torch.manual_seed(0)
    model = BiLSTMCRF()
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    tokens, gold = torch.randint(0, 40, (4, 6)), torch.randint(0, 5, (4, 6))
    for epoch in range(2):
        model.train()
        print(epoch, margin_step(model, opt, tokens, gold))
