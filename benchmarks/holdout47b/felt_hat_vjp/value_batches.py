# expect: crash
"""Felt-hat shrinkage: value each training batch by how well its gradient aligns with the
validation gradient (vector-Jacobian products through the model's outputs)."""
from feltwork import CONFIG, Engine


def main():
    engine = Engine(CONFIG)
    engine.warmup()
    scores = engine.value_batches()
    print("batch values", [round(s, 4) for s in scores])


if __name__ == "__main__":
    main()
