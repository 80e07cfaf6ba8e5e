/**
 * Two pointers moving inward, O(n) time and O(1) space.
 *
 * The water above a bar is min(tallest on the left, tallest on the right) minus the bar. While
 * leftMax <= rightMax, the right side is known to hold something at least as tall as leftMax, so
 * the left bar's level is exactly leftMax, whatever lies between: settle it and step right. The
 * mirror image holds for the right side.
 */
export function trap(height: number[]): number {
  let left = 0;
  let right = height.length - 1;
  let leftMax = 0;
  let rightMax = 0;
  let water = 0;
  while (left <= right) {
    if (leftMax <= rightMax) {
      leftMax = Math.max(leftMax, height[left] ?? 0);
      water += leftMax - (height[left] ?? 0);
      left++;
    } else {
      rightMax = Math.max(rightMax, height[right] ?? 0);
      water += rightMax - (height[right] ?? 0);
      right--;
    }
  }
  return water;
}
