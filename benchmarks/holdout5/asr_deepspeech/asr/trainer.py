import torch

from .decoder import edit_distance, greedy_decode


class ASRTrainer:
    def __init__(self, model, lr=1e-3, max_norm=400):
        self.model = model
        self.ctc = torch.nn.CTCLoss(blank=0, zero_infinity=True)
        self.optimizer = torch.optim.AdamW(model.parameters(), lr=lr)
        self.max_norm = max_norm

    def train_epoch(self, loader):
        for feats, targets, target_lens in loader:
            log_probs = self.model(feats)
            input_lens = torch.full((feats.size(0),), log_probs.size(0), dtype=torch.long)
            loss = self.ctc(log_probs, targets, input_lens, target_lens)
            self.optimizer.zero_grad()
            loss.backward()  # TM001-here
            torch.nn.utils.clip_grad_norm_(self.model.parameters(), self.max_norm)
            self.optimizer.step()
        return loss.item()

    def word_error_rate(self, loader):
        errors = words = 0
        for feats, targets, target_lens in loader:
            refs = targets.split(target_lens.tolist())
            for hyp, ref in zip(greedy_decode(self.model, feats), refs):
                errors += edit_distance(hyp, ref.tolist())
                words += len(ref)
        return errors / max(words, 1)
