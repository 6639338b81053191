# expect: crash
"""An adversarial attack on a translation model (Seq2Sick's shape): the loaded model is in eval mode, a
Translator holds it, the forward runs in the Translator's method and the backward in attack()."""
import torch

import loader
from translator import Translator


def attack(translator, input_embedding, modifier, const=1.0):
    for _ in range(3):
        output = translator.get_output(input_embedding + modifier)
        loss = const * output.max(-1)[0].sum() + modifier.abs().max()
        loss.backward(retain_graph=True)  # TM001-here
        modifier.data -= 0.1 * modifier.grad.data
        modifier.grad.data.zero_()
    return modifier


def main():
    torch.manual_seed(0)
    fields, model, model_opt = loader.load_test_model({"dim": 8, "vocab": 12})
    translator = Translator(model, fields, beam_size=1)
    input_embedding = torch.randn(5, 1, 8)
    modifier = torch.zeros(5, 1, 8, requires_grad=True)
    print(attack(translator, input_embedding, modifier).norm().item())


if __name__ == "__main__":
    main()
