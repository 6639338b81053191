"""Helpers the training script calls between epochs: decoding and span F1."""
import torch


def decode_batch(model, sentences):
    was_training = model.training
    model.eval()
    try:
        with torch.no_grad():
            return model.viterbi(sentences)
    finally:
        if was_training:
            model.train()


def token_f1(pred, gold, outside=0):
    tp = ((pred == gold) & (gold != outside)).sum().item()
    predicted = (pred != outside).sum().item()
    actual = (gold != outside).sum().item()
    if tp == 0:
        return 0.0
    p, r = tp / predicted, tp / actual
    return 2 * p * r / (p + r)
