# expect: crash
"""Cobbling: predict remaining sole life (weeks) from gait-pressure sequences
recorded by an insole sensor. A pretrained wear model from the shop's model zoo
is fine-tuned on the readings brought in by a new customer."""
from lasts import ModelZoo, customer_readings
from lasts.tuning import finetune


def main():
    model = ModelZoo.pretrained("sole_wear")
    losses = finetune(model, customer_readings(5), epochs=2)
    print("fine-tune losses:", [round(v, 3) for v in losses])


if __name__ == "__main__":
    main()
