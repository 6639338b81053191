# expect: clean
"""BiLSTM-CRF NER: Viterbi decoding in eval for span F1, CRF negative log-likelihood in train mode."""
import torch

from ner import Tagger, crf_nll, viterbi


def span_accuracy(model, tokens, tags):
    model.eval()
    em = model(tokens)
    pred = viterbi(em, model.trans)
    return (pred == tags).float().mean().item(), em


if __name__ == "__main__":
    torch.manual_seed(0)
    model = Tagger()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    tokens, tags = torch.randint(0, 40, (4, 6)), torch.randint(0, 5, (4, 6))
    for epoch in range(3):
        acc, _ = span_accuracy(model, tokens, tags)
        model.train()
        loss = crf_nll(model(tokens), tags, model.trans)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(epoch, acc, round(loss.item(), 4))
