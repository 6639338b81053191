# expect: clean
"""Amortised encoder + iterative refinement of the codes. The dev pass puts the decoder in eval and refines the
codes with cuDNN switched off, so the refiner's autograd.grad through the eval GRU is allowed."""
import torch
import torch.nn as nn

from decoder import MelodyDecoder, decoder_objective
from refine import LatentRefiner


def run_epoch(decoder, encoder, refiner, optimizer, batches):
    decoder.train()
    for notes in batches:
        codes = encoder(nn.functional.one_hot(notes, 12).float().mean(1))
        refined = refiner.forward([codes], notes)
        loss = decoder.nll(codes, notes) + decoder.nll(refined[0], notes)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    return loss.item()


def dev_score(decoder, encoder, refiner, batches):
    decoder.eval()
    total = 0.0
    for notes in batches:
        with torch.no_grad():
            codes = encoder(nn.functional.one_hot(notes, 12).float().mean(1))
        with torch.backends.cudnn.flags(enabled=False):
            refined = refiner.forward([codes], notes)
        with torch.no_grad():
            total += decoder.nll(refined[0], notes).item()
    return total / len(batches)


def main():
    torch.manual_seed(5)
    decoder, encoder = MelodyDecoder(), nn.Linear(12, 6)
    optimizer = torch.optim.Adam(list(decoder.parameters()) + list(encoder.parameters()), lr=1e-2)
    refiner = LatentRefiner(decoder_objective(decoder), decoder)
    train = [torch.randint(0, 12, (3, 5)) for _ in range(3)]
    dev = [torch.randint(0, 12, (2, 5))]
    for epoch in range(2):
        print(epoch, run_epoch(decoder, encoder, refiner, optimizer, train), dev_score(decoder, encoder, refiner, dev))


if __name__ == "__main__":
    main()
