/**
 * Two pointers moving inward, O(n) time and O(1) space.
 *
 * The water above a bar is min(tallest on the left, tallest on the right) minus the bar. While
 * leftMax <= rightMax, the right side is known to hold something at least as tall as leftMax, so
 * the left bar's level is exactly leftMax, whatever lies between: settle it and step right. The
 * mirror image holds for the right side.
 */
export function trap(height) {
  let left = 0;
  let right = height.length - 1;
  let leftMax = 0;
  let rightMax = 0;
  let water = 0;
  while (left <= right) {
    if (leftMax <= rightMax) {
      leftMax = Math.max(leftMax, height[left]);
      water += leftMax - height[left];
      left++;
    } else {
      rightMax = Math.max(rightMax, height[right]);
      water += rightMax - height[right];
      right--;
    }
  }
  return water;
}
