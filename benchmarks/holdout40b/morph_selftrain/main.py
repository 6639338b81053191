# expect: crash
"""Morphological inflection (lemma + tag -> form) with self-training on
unlabelled lemmas: the model decodes pseudo-targets, then learns from them."""
import torch

from inflect import Inflector, supervised_step, self_training_step
from inflect.core.vocab import CHARS, TAGS, toy_pairs


def main():
    torch.manual_seed(11)
    model = Inflector(n_chars=len(CHARS), n_tags=len(TAGS))
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    lemmas, tags, forms = toy_pairs(8, seed=0)
    unl_lemmas, unl_tags, _ = toy_pairs(6, seed=1)
    model.train()
    for epoch in range(2):
        print("sup", epoch, supervised_step(model, opt, lemmas, tags, forms))
    for rnd in range(2):
        print("self", rnd, self_training_step(model, opt, unl_lemmas, unl_tags))


if __name__ == "__main__":
    main()
