"""FedAvg server: weighted averaging of client state dicts and evaluation of the global model."""
import torch


def fedavg(states_and_sizes):
    total = sum(n for _, n in states_and_sizes)
    keys = states_and_sizes[0][0].keys()
    return {k: sum(s[k].float() * (n / total) for s, n in states_and_sizes) for k in keys}


def evaluate_global(model, test_data):
    model.eval()
    correct = total = 0
    with torch.no_grad():
        for x, y in test_data:
            correct += (model(x).argmax(1) == y).sum().item()
            total += len(y)
    return correct / total
