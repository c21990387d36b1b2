/**
 * L2-regularised logistic regression by batch gradient descent: small, dependency-free and
 * deterministic (same data, same weights). Examples are weighted so that each class counts
 * as much as the other, whatever their numbers.
 */
export interface Example {
  features: number[];
  label: 0 | 1;
}

export interface FittedModel {
  intercept: number;
  weights: number[];
}

export interface FitOptions {
  iterations?: number;
  learningRate?: number;
  /** L2 penalty on the weights (not the intercept). */
  lambda?: number;
}

export function fitLogistic(examples: Example[], options: FitOptions = {}): FittedModel {
  const { iterations = 60000, learningRate = 0.5, lambda = 0.005 } = options;
  const width = examples[0]?.features.length ?? 0;
  const positives = examples.filter((example) => example.label === 1).length;
  const negatives = examples.length - positives;
  const classWeight = (label: 0 | 1) => examples.length / (2 * Math.max(1, label === 1 ? positives : negatives));
  let intercept = 0;
  const weights = new Array<number>(width).fill(0);
  for (let step = 0; step < iterations; step += 1) {
    let gradIntercept = 0;
    const grad = new Array<number>(width).fill(0);
    for (const example of examples) {
      const error = (sigmoid(intercept + dot(weights, example.features)) - example.label) * classWeight(example.label);
      gradIntercept += error;
      for (let i = 0; i < width; i += 1) grad[i]! += error * example.features[i]!;
    }
    intercept -= (learningRate * gradIntercept) / examples.length;
    for (let i = 0; i < width; i += 1) weights[i]! -= learningRate * (grad[i]! / examples.length + lambda * weights[i]!);
  }
  return { intercept, weights };
}

export function predict(model: FittedModel, features: number[]): number {
  return sigmoid(model.intercept + dot(model.weights, features));
}

function sigmoid(value: number): number {
  return 1 / (1 + Math.exp(-value));
}

function dot(a: number[], b: number[]): number {
  let sum = 0;
  for (let i = 0; i < a.length; i += 1) sum += a[i]! * b[i]!;
  return sum;
}
