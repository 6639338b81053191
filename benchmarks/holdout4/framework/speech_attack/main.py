# expect: crash
"""Train a tiny speech model for a few steps, then run the targeted attack on one utterance."""
import torch
import torch.nn as nn

from attack import Attacker
from model import DeepSpeechLite, encode


def synthetic_batch(batch=3, n_feats=8, frames=20):
    spect = torch.randn(batch, 1, n_feats, frames)
    texts = ["hello", "open door", "stop"][:batch]
    targets = torch.cat([encode(t) for t in texts])
    target_lengths = torch.tensor([len(t) for t in texts])
    return spect, targets, target_lengths


def train(model, steps=3):
    opt = torch.optim.AdamW(model.parameters(), lr=1e-3)
    ctc = nn.CTCLoss(blank=0, zero_infinity=True)
    model.train()
    for step in range(steps):
        spect, targets, target_lengths = synthetic_batch()
        lengths = torch.full((spect.shape[0],), spect.shape[-1], dtype=torch.long)
        log_probs, out_lengths = model(spect, lengths)
        loss = ctc(log_probs, targets, out_lengths, target_lengths)
        opt.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), 400)
        opt.step()
        print(f"train step {step}: {loss.item():.3f}")


def main():
    torch.manual_seed(0)
    model = DeepSpeechLite()
    train(model)
    sound = torch.randn(1, 1, 8, 20)
    attacker = Attacker(model, epsilon=0.1, alpha=0.02, steps=4)
    adversarial = attacker.attack(sound, "open door")
    print("perturbation", (adversarial - sound).abs().max().item())


if __name__ == "__main__":
    main()
