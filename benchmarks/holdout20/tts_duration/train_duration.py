# expect: clean
"""Duration predictor for a non-autoregressive TTS model (FastSpeech-like).

The phoneme encoder (embedding + BiLSTM) comes from a Tacotron-style teacher and
is frozen in eval; only the small conv duration predictor on top is trained on
log-durations extracted from the teacher's alignments.
"""
import torch

from tts.data import fake_alignments
from tts.encoder import PhonemeEncoder
from tts.duration import DurationPredictor, train_duration_predictor


def main():
    torch.manual_seed(7)
    encoder = PhonemeEncoder(n_phonemes=16, dim=8)
    encoder.requires_grad_(False)
    encoder.eval()
    predictor = DurationPredictor(dim=8)
    batches = fake_alignments(3, n_phonemes=16)
    train_duration_predictor(encoder, predictor, batches, epochs=2)


if __name__ == "__main__":
    main()
