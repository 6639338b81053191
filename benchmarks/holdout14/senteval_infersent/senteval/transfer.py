import torch
import torch.nn as nn


def finetune_on_task(encoder, word2id, samples, epochs=2):
    labels = torch.tensor([int("dog" in s) for s in samples])
    clf = nn.Sequential(nn.Linear(2 * encoder.enc_lstm_dim, 8), nn.Tanh(), nn.Linear(8, 2))
    opt = torch.optim.SGD(list(encoder.parameters()) + list(clf.parameters()), lr=0.1)
    ids = encoder.encode_words(samples, word2id)
    for _ in range(epochs):
        loss = nn.functional.cross_entropy(clf(encoder(ids)), labels)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()
