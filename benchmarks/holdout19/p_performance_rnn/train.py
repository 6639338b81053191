# expect: crash
"""Train a Performance-RNN-style expressive piano model; a short sample is generated after every epoch."""
import torch

from perfrnn import EVENT_VOCAB, PerformanceRNN, train_loop

if __name__ == "__main__":
    torch.manual_seed(0)
    events = torch.randint(0, EVENT_VOCAB, (3, 8))
    controls = torch.softmax(torch.randn(3, 8, 12), -1)  # pitch-class histograms
    train_loop(PerformanceRNN(), events, controls, epochs=2)
